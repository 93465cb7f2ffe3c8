"""The most frequent characters of modern written Chinese (about 300, from published frequency counts).

In a real page they make up about half of the Han characters; in bytes of another encoding decoded
as GB18030 (Korean EUC-KR, for one) only a few in a hundred: the test that tells a page from mojibake.
"""

FREQUENT_HAN = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你能而子那得着下自之年过"
    "发后里道行所然家种事方多经么去法学如都同现当没动面起看定天还进好小部其些主样理心她本前开但因只从想"
    "实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文"
    "体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立"
    "及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做"
    "接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难"
    "且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争"
    "运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字"
    "爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容"
)
