"""pandas views of a page."""


def test_articles_frame(sample_page):
    frame = sample_page.articles_frame()
    assert list(frame["id"]) == ["a1", "a2", "a3", "a4", "a5", "a6"]
    assert list(frame["reporters"]) == ["施翔", "", "", "张弘靓", "啸宇", "樊娅楠"]
    assert frame["paragraphs"].dtype == "int64" and frame["paragraphs"].sum() == 25
    assert frame.loc[2, "headline"] == "西宁市安全隐患举报受理情况日报"


def test_figures_of_a_text_dump_have_no_place_on_a_pdf_page(sample_page):
    frame = sample_page.figures_frame()
    assert frame[["pdf_page", "x0", "y0", "x1", "y1"]].isna().all().all() and len(frame) > 0
