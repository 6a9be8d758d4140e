from otter.test_files import test_case

OK_FORMAT = False

name = "q5"
points = 1

@test_case(points=None, hidden=False)
def test_choice_form(q5_choice):
    assert q5_choice is not None, '`q5_choice` is not defined: run the cell where you set it.'
    assert q5_choice is not ..., '`q5_choice` is still `...`: replace it with a letter such as "A".'
    assert isinstance(q5_choice, str), f'`q5_choice` should be a string such as "A", got {type(q5_choice).__name__}.'
    assert q5_choice.strip().upper() in {'A', 'B', 'C', 'D'}, f'`q5_choice` should be one of "A", "B", "C", "D"; got {q5_choice!r}.'

