from typing import Literal

StockExchange = Literal[
    "AMEX",
    "AMX",
    "ASX",
    "B3",
    "BME",
    "BSE",
    "FRA",
    "ICEX",
    "JPX",
    "JSE",
    "KRX",
    "LON",
    "NASDAQ",
    "NSE",
    "NYSE",
    "OMX",
    "OTHER",
    "SEHK",
    "SGX",
    "SSE",
    "STO",
    "SWX",
    "SZSE",
    "TSX",
    "TWSE",
    "VSE",
]

STOCK_EXCHANGE_VALUES: set[StockExchange] = {
    "AMEX",
    "AMX",
    "ASX",
    "B3",
    "BME",
    "BSE",
    "FRA",
    "ICEX",
    "JPX",
    "JSE",
    "KRX",
    "LON",
    "NASDAQ",
    "NSE",
    "NYSE",
    "OMX",
    "OTHER",
    "SEHK",
    "SGX",
    "SSE",
    "STO",
    "SWX",
    "SZSE",
    "TSX",
    "TWSE",
    "VSE",
}


def check_stock_exchange(value: str) -> StockExchange:
    if value in STOCK_EXCHANGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STOCK_EXCHANGE_VALUES!r}")
