"""A page of results: the items plus what the pager needs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


class PageNotFound(LookupError):
    """A page number past the last page."""


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    number: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_prev(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.pages

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.per_page


def check_page_number(number: int, total: int, per_page: int) -> None:
    """Page 1 always exists; past the last page is a 404."""
    if number < 1 or (number > 1 and (number - 1) * per_page >= total):
        raise PageNotFound(number)
