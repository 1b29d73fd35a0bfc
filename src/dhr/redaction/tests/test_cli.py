"""`dhr detect` and `dhr redact`, driven through dhr.cli.main as the console script is."""

import json

import pytest

from dhr.cli import main

REGISTER_YAML = (
    "people:\n"
    "  - name: Marie Doyle\n"
    "    aliases: [Mimi]\n"
    "    role: victim\n"
    "    pseudonym: Louise\n"
    "details:\n"
    '  - {label: PHONE, text: "07700 900123"}\n'
)


@pytest.fixture
def case(tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text(
        "Café note: Mimi rang 07700 900123. Marie Doyle's GP was told.\n", encoding="utf-8"
    )
    reg = tmp_path / "case.yaml"
    reg.write_text(REGISTER_YAML, encoding="utf-8")
    return doc, reg


def test_detect_json_lists_findings_with_offsets_into_the_text(case, capsys):
    doc, reg = case
    assert main(["detect", str(doc), "--register", str(reg), "--json", "--no-ner"]) == 0
    findings = json.loads(capsys.readouterr().out)
    text = doc.read_text(encoding="utf-8")
    assert [(f["label"], f["text"], f["source"]) for f in findings] == [
        ("PERSON", "Mimi", "register"),
        ("PHONE", "07700 900123", "register"),
        ("PERSON", "Marie Doyle", "register"),
    ]
    for f in findings:
        assert text[f["start"] : f["end"]] == f["text"]  # character offsets, after "Café"
        assert set(f) >= {"start", "end", "label", "text", "source"}


def test_redact_writes_the_output_and_the_mapping_only_when_asked(case, tmp_path):
    doc, reg = case
    out = tmp_path / "out.txt"
    assert main(["redact", str(doc), "--register", str(reg), "--out", str(out), "--no-ner"]) == 0
    assert out.read_text(encoding="utf-8") == (
        "Café note: Louise rang [phone number]. Louise's GP was told.\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.yaml", "note.txt", "out.txt"]
    mapping = tmp_path / "map.json"
    args = [
        "redact",
        str(doc),
        "--register",
        str(reg),
        "--out",
        str(out),
        "--mapping",
        str(mapping),
    ]
    assert main([*args, "--no-ner"]) == 0
    assert json.loads(mapping.read_text())["Marie Doyle"] == "Louise"


def test_redact_default_output_name_and_format_option(case):
    doc, reg = case
    assert main(["redact", str(doc), "--register", str(reg), "--format", "docx", "--no-ner"]) == 0
    assert (doc.parent / "note.redacted.docx").exists()


def test_redact_exits_non_zero_when_the_leak_check_fails(case, monkeypatch, capsys):
    from dhr.redaction import api

    monkeypatch.setattr(api, "apply", lambda text, tagged, pseudo, policy: (text, []))
    doc, reg = case
    assert main(["redact", str(doc), "--register", str(reg), "--no-ner"]) == 1
    err = capsys.readouterr().err
    assert "LEAK CHECK FAILED" in err and "'Mimi'" in err


def test_bad_inputs_exit_2_with_a_clear_message(tmp_path, capsys):
    bad = tmp_path / "case.yaml"
    bad.write_text("people:\n  - role: victim\n")
    doc = tmp_path / "a.txt"
    doc.write_text("x")
    assert main(["redact", str(doc), "--register", str(bad)]) == 2
    assert "people entry 1 has no name" in capsys.readouterr().err
    assert main(["detect", str(tmp_path / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
    (tmp_path / "a.rtf").write_text("x")
    assert main(["detect", str(tmp_path / "a.rtf")]) == 2
    assert "unsupported format" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["detect", "redact"])
def test_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "--register" in capsys.readouterr().out


def test_progress_is_shown_on_long_documents(tmp_path, capsys):
    doc = tmp_path / "long.txt"
    doc.write_text("Siobhan Gallagher went to the shop and came home again.\n\n" * 800)
    assert main(["redact", str(doc), "--out", str(tmp_path / "o.txt")]) == 0
    err = capsys.readouterr().err
    assert "100%" in err
    assert "Gallagher" not in (tmp_path / "o.txt").read_text()


def test_redact_courts_finds_a_court_only_when_asked(tmp_path, capsys):
    doc = tmp_path / "news.txt"
    doc.write_text("He was convicted at Hull Crown Court in May.\n", encoding="utf-8")
    assert main(["detect", str(doc), "--json", "--no-ner"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["detect", str(doc), "--json", "--no-ner", "--redact-courts"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [(f["label"], f["text"]) for f in found] == [("INSTITUTION", "Hull Crown Court")]
