"""Units and measure words as data: what each printed unit counts or measures, and its base unit."""
from __future__ import annotations

from ..model import Unit


def _u(kind: str, base: str, factor: float, *names: str) -> dict[str, Unit]:
    return {n: Unit(n, kind, base, factor) for n in names}


# Measure words that count things (a number before them is a count).
COUNT_WORDS = (
    "件次", "人次", "户次", "架次", "批次", "台次", "车次", "件", "个", "家", "种", "项", "人", "次", "户",
    "条", "份", "场", "例", "处", "所", "座", "名", "位", "起", "批", "栋", "幢", "辆", "艘", "架",
    "列", "类", "款", "宗", "笔", "支", "届", "篇", "部", "本", "张", "台", "间", "棵", "株",
    "盏", "根", "颗", "口", "匹", "堂", "册", "家次", "省", "市", "县", "区", "国", "城", "村",
    "大",  # 五大产业集群: five major clusters
)

UNITS: dict[str, Unit] = {}
UNITS.update(_u("count", "", 1, *COUNT_WORDS))
UNITS.update(_u("quantity", "t", 1, "吨"))
UNITS.update(_u("quantity", "t", 1e-3, "公斤", "千克", "kg", "KG"))
UNITS.update(_u("quantity", "t", 1e-6, "克", "g"))
UNITS.update(_u("quantity", "t", 1e-12, "微克"))
UNITS.update(_u("quantity", "t", 5e-4, "斤"))
UNITS.update(_u("quantity", "t", 5e-5, "两"))
UNITS.update(_u("quantity", "m", 1, "米", "m"))
UNITS.update(_u("quantity", "m", 1e3, "公里", "千米", "km", "KM"))
UNITS.update(_u("quantity", "m", 1e-2, "厘米", "公分", "cm", "CM"))
UNITS.update(_u("quantity", "m2", 1, "平方米", "㎡", "m2"))
UNITS.update(_u("quantity", "m2", 1e6, "平方公里", "km2"))
UNITS.update(_u("quantity", "m2", 1e4, "公顷"))
UNITS.update(_u("quantity", "m2", 10000 / 15, "亩"))
UNITS.update(_u("quantity", "m3", 1, "立方米", "方", "m3"))
UNITS.update(_u("quantity", "kW", 1, "千瓦", "kW"))
UNITS.update(_u("quantity", "kW", 1e3, "兆瓦", "MW"))
UNITS.update(_u("quantity", "kW", 1e6, "吉瓦", "GW"))
UNITS.update(_u("quantity", "GWh", 1e-6, "千瓦时", "度", "kWh"))
UNITS.update(_u("quantity", "GWh", 1e-3, "兆瓦时", "MWh"))
UNITS.update(_u("quantity", "GWh", 1, "吉瓦时", "GWh", "Gwh"))
UNITS.update(_u("quantity", "B", 1, "字节"))
UNITS.update(_u("quantity", "B", 1e3, "千字节"))
UNITS.update(_u("quantity", "B", 1e6, "兆字节"))
UNITS.update(_u("quantity", "bit", 1, "比特"))
UNITS.update(_u("quantity", "bit", 1e3, "千比特"))
for piece in ("头", "只", "套", "台套", "辆次"):
    UNITS[piece] = Unit(piece, "quantity", piece, 1)
UNITS.update(_u("money", "CNY", 1, "元", "块", "元人民币", "人民币", "块钱"))
UNITS.update(_u("money", "CNY", 0.1, "角", "毛"))
UNITS.update(_u("money", "USD", 1, "美元", "美圆", "美金"))
UNITS.update(_u("money", "USD", 0.01, "美分"))
UNITS.update(_u("money", "EUR", 1, "欧元"))
UNITS.update(_u("money", "EUR", 0.01, "欧分"))
UNITS.update(_u("money", "HKD", 1, "港元", "港币"))
UNITS.update(_u("money", "TWD", 1, "台币", "新台币"))
UNITS.update(_u("money", "JPY", 1, "日元"))
UNITS.update(_u("money", "JPY", 0.01, "日本銭", "銭"))
UNITS.update(_u("money", "GBP", 1, "英镑"))
UNITS.update(_u("money", "CHF", 1, "瑞士法郎"))
