from bench.redaction.ner_finetune import examples, pool_paragraphs


def test_each_paragraphs_gold_is_a_person_in_it():
    paragraphs = pool_paragraphs(["dev"], 1)
    assert paragraphs
    people = [text[a:b] for text, gold in paragraphs for a, b in gold]
    assert people and all(p.strip() and p[0].isalpha() for p in people)


def test_the_model_is_taught_the_gold_persons_and_keeps_its_other_entities():
    from dhr.redaction.spacy_model import load_model

    nlp = load_model()
    text = "Ms Hope Ward met Suffolk Constabulary in Ipswich on 4 May 2020."
    a = text.index("Hope Ward")
    [example] = examples(nlp, [(text, [(a, a + len("Hope Ward"))])])
    ents = {(e.text, e.label_) for e in example.reference.ents}
    assert ("Hope Ward", "PERSON") in ents
    assert any(label != "PERSON" for _, label in ents)  # rehearsal: not forgotten
