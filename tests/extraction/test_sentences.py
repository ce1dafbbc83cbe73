"""Sentences for span picking and attribution rules: abbreviations and initials do not end one."""

from claimtracker.extraction.sentences import reading_window, sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in sentence_spans(text)]


def test_abbreviations_initials_and_dotted_names_do_not_end_a_sentence():
    text = "Mr. Smith met M. Macron on Oct. 3 in the U.S. capital. George W. Bush said so. Then it rained."
    assert _sentences(text) == [
        "Mr. Smith met M. Macron on Oct. 3 in the U.S. capital.",
        "George W. Bush said so.",
        "Then it rained.",
    ]


def test_a_quotation_stays_whole_until_its_paragraph_ends():
    text = "« Nous restons. Nous ne partirons pas », a dit Mme. Dupont. Fin.\n“An unclosed quote. Still\nNew line. Here."
    assert _sentences(text) == [
        "« Nous restons. Nous ne partirons pas », a dit Mme. Dupont.",
        "Fin.",
        "“An unclosed quote. Still",
        "New line.",
        "Here.",
    ]


def test_a_sentence_ending_inside_a_quotation_ends_at_its_closing_mark():
    text = (
        'Austin said the deployment was "defensive in nature." Maj. Gen. Pat Ryder told reporters it was '
        "small. “We are ready.” Smith said so twice. « Tout va bien. » Le ministre est parti."
    )
    assert _sentences(text) == [
        'Austin said the deployment was "defensive in nature."',
        "Maj. Gen. Pat Ryder told reporters it was small.",
        "“We are ready.” Smith said so twice.",  # who said it follows: one sentence
        "« Tout va bien. »",
        "Le ministre est parti.",
    ]


def test_a_very_long_sentence_is_read_around_each_cue_from_word_to_word():
    short = "The minister said the talks had failed."
    assert reading_window(short, 0, len(short), 13) == (0, len(short))
    long = "word " * 3000  # 15,000 characters and no full stop: a scraped list, say
    low, high = reading_window(long, 0, len(long), 7500)
    assert 5000 <= low < 7500 < high <= 10000
    assert long[low - 1] == " " and long[high] == " "  # whole words only


def test_a_line_cut_by_a_fixed_width_goes_on_after_its_newline():
    text = (
        "The minister said on Tuesday that the border would\n"
        "reopen next week, but warned that checks would\n"
        "stay in place until the end of the year.\n"
        "Le ministre a déclaré mardi que la frontière serait\n"
        "rouverte la semaine prochaine."
    )
    assert [s.replace("\n", " ") for s in _sentences(text)] == [
        "The minister said on Tuesday that the border would reopen next week, but warned that checks "
        "would stay in place until the end of the year.",
        "Le ministre a déclaré mardi que la frontière serait rouverte la semaine prochaine.",
    ]


def test_a_title_over_its_date_line_and_a_short_menu_stay_lines_of_their_own():
    text = (
        "Australian woman claims Church of Scientology imprisoned her for twelve years\n"
        "Thursday, May 7, 2015\n"
        "Skip to content\nlive coverage\n"
        "The church denied the claims."
    )
    assert len(_sentences(text)) == 5


def test_attributions_read_across_wrapped_lines():
    from claimtracker.extraction.attributions import suggest

    text = (
        "The minister said on Tuesday that the border would\n"
        "reopen next week, but warned that checks would\n"
        "stay in place until the end of the year.\n"
        '"We are not there yet," she told reporters in\n'
        "Brussels.\n"
    )
    found = [(s.texts(text)["cue"], s.texts(text)["content"].replace("\n", " ")) for s in suggest(text, "en")]
    assert found == [
        ("said", "the border would reopen next week"),
        ("warned", "checks would stay in place until the end of the year"),
        ("told", "We are not there yet"),
    ]


def test_two_sentences_glued_by_a_lost_paragraph_break_are_two():
    assert _sentences("The minister said the plan was dead.Officials disagreed.") == [
        "The minister said the plan was dead.",
        "Officials disagreed.",
    ]
    assert len(_sentences("He visited the U.S.Army base. Mr.Smith said so.")) == 2


def test_a_time_or_an_answer_before_a_capitalised_word_ends_the_sentence():
    text = (
        'She heard "a noise like a train" shortly before 5 a.m. She told the paper so. The vote opens at '
        "9 a.m. ET on Monday. Ayesha Baloch: No. Officials told us nothing. He lives at No. 10 Downing Street."
    )
    assert _sentences(text) == [
        'She heard "a noise like a train" shortly before 5 a.m.',
        "She told the paper so.",
        "The vote opens at 9 a.m. ET on Monday.",  # a time zone goes on with the time
        "Ayesha Baloch: No.",  # an answer, not "No." before a number
        "Officials told us nothing.",
        "He lives at No. 10 Downing Street.",
    ]


def test_a_lower_case_word_that_is_also_an_abbreviation_ends_a_sentence():
    text = "An officer wrote a letter for me. He said so. Look at the sun. It is bright. Me. Dupont a plaidé."
    assert _sentences(text) == [
        "An officer wrote a letter for me.",
        "He said so.",
        "Look at the sun.",
        "It is bright.",
        "Me. Dupont a plaidé.",  # « Me » (Maître), capitalised, stays an abbreviation
    ]
