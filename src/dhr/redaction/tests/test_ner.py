from dhr.redaction import ner


def test_the_ner_pipeline_runs_only_ner_unless_ner_listens_to_a_tok2vec():
    nlp = ner.load_model()
    for name in nlp.pipe_names:
        assert name == "ner" or "ner" in nlp.get_pipe(name).listening_components


def test_a_line_whose_names_the_patterns_found_never_loads_the_model() -> None:
    """`dhr detect` on a one-line file: loading the model is most of its time."""
    import subprocess
    import sys

    code = (
        "from dhr.redaction import detect\n"
        "from dhr.redaction.spacy_model import _load\n"
        "found = detect('Kasia Nowak rang the police on 07700 900123.')\n"
        "print(sorted(f.label for f in found), _load.cache_info().currsize)\n"
        "detect('She spoke to Rainbow about it.')\n"
        "print(_load.cache_info().currsize)\n"
    )
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == "['PERSON', 'PHONE'] 0"
    assert out[1] == "1"  # an unexplained capitalised word: NER reads it


def test_the_proper_name_list_is_what_the_vectors_say() -> None:
    """proper_names.txt (data/build.py) stands in for asking the vectors at run time."""
    from dhr.redaction.vocabulary import PROPER_NAMES, ordinary_words, proper_name_by_vectors

    computed = {w for w in ordinary_words() if len(w) > 2 and proper_name_by_vectors(w)}
    assert computed == PROPER_NAMES
