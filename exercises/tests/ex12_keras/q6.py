from otter.test_files import test_case

OK_FORMAT = False

name = "q6"
points = 1

@test_case(points=None, hidden=False)
def test_choice_form(q6_choice):
    assert q6_choice is not None, '`q6_choice` is not defined: run the cell where you set it.'
    assert q6_choice is not ..., '`q6_choice` is still `...`: replace it with a letter such as "A".'
    assert isinstance(q6_choice, str), f'`q6_choice` should be a string such as "A", got {type(q6_choice).__name__}.'
    assert q6_choice.strip().upper() in {'A', 'B', 'C', 'D'}, f'`q6_choice` should be one of "A", "B", "C", "D"; got {q6_choice!r}.'

