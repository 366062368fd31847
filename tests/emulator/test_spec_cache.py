"""The cache of parsed spec documents: an entry is used only for the very bytes it was parsed from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from plivo_emulator import spec, spec_cache

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(spec_cache.CACHE_ENV, str(folder))
    return folder


@pytest.fixture
def spec_file(tmp_path: Path) -> Path:
    path = tmp_path / "openapi.yaml"
    path.write_bytes((ROOT / "openapi.yaml").read_bytes())
    return path


def _no_yaml(source: Any) -> Any:
    raise AssertionError("the YAML was parsed although the cache holds this document")


def test_second_load_reads_the_cache(cache: Path, spec_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = spec.load_spec(spec_file)
    assert len(list(cache.glob("spec-*.json"))) == 1
    monkeypatch.setattr(spec, "load_yaml", _no_yaml)
    again = spec.load_spec(spec_file)
    assert again.document == first.document
    assert [op.operation_id for op in again.operations] == [op.operation_id for op in first.operations]


def test_an_edited_spec_is_parsed_again(cache: Path, spec_file: Path) -> None:
    before = spec.load_spec(spec_file)
    text = spec_file.read_text(encoding="utf-8")
    title = before.document["info"]["title"]
    spec_file.write_text(text.replace(f"title: {title}", "title: Edited title", 1), encoding="utf-8")
    after = spec.load_spec(spec_file)
    assert after.document["info"]["title"] == "Edited title"
    assert len(list(cache.glob("spec-*.json"))) == 2


def test_another_parser_does_not_read_the_entry(cache: Path) -> None:
    raw = b"openapi: 3.1.0\npaths: {}\n"
    calls: list[bytes] = []

    def parse(source: bytes) -> Any:
        calls.append(source)
        return spec.load_yaml(source)

    spec_cache.load_document(raw, "PyYAML 1.0 SafeLoader", parse)
    spec_cache.load_document(raw, "PyYAML 1.0 SafeLoader", parse)
    assert len(calls) == 1
    spec_cache.load_document(raw, "PyYAML 2.0 SafeLoader", parse)
    assert len(calls) == 2


def test_a_damaged_entry_is_parsed_again(cache: Path, spec_file: Path) -> None:
    first = spec.load_spec(spec_file)
    (entry,) = cache.glob("spec-*.json")
    entry.write_text('{"openapi": "3.1', encoding="utf-8")
    assert spec.load_spec(spec_file).document == first.document
    assert spec.load_spec(spec_file).document == first.document  # and the entry was written again


def test_documents_json_cannot_hold_are_not_cached(cache: Path) -> None:
    raw = b"openapi: 3.1.0\ninfo: {version: 1, released: 2024-01-01}\npaths: {200: {}}\n"
    document = spec_cache.load_document(raw, spec.PARSER_ID, spec.load_yaml)
    assert spec_cache.load_document(raw, spec.PARSER_ID, spec.load_yaml) == document
    assert not list(cache.glob("spec-*.json"))


def test_off_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch, spec_file: Path) -> None:
    monkeypatch.setenv(spec_cache.CACHE_ENV, "off")
    assert spec_cache.cache_dir() is None
    assert spec.load_spec(spec_file).operations
