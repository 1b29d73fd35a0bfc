from dhr.redaction import ner


def test_the_ner_pipeline_runs_only_ner_unless_ner_listens_to_a_tok2vec():
    nlp = ner.load_model()
    for name in nlp.pipe_names:
        assert name == "ner" or "ner" in nlp.get_pipe(name).listening_components
