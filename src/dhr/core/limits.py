"""How much text a person may type into a field (issue 10, finding 6).

Unlimited text fields let one request of a few megabytes make every page and
document that shows the field slow (a 1 MB summary made the public FAQ PDF
take 22 s). Forms enforce these through the models' `max_length`; the
database columns stay TEXT.
"""

SHORT_TEXT = 5_000  # a reason, a note: a paragraph or two
LONG_TEXT = 20_000  # a rationale, a recommendation, terms of reference: a few pages
