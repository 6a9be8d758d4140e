from otter.test_files import test_case

OK_FORMAT = False

name = "q5"
points = 1

@test_case(points=None, hidden=False)
def test_q5_form(q5_answer):
    assert q5_answer is not None, '`q5_answer` is not defined: run the cell where you set it.'
    assert q5_answer is not ..., '`q5_answer` is still `...`: replace it with a letter such as "A".'
    assert isinstance(q5_answer, str), f'`q5_answer` should be a string such as "A"; got {type(q5_answer).__name__}.'
    assert q5_answer.strip().upper() in {'A', 'B', 'C', 'D'}, f'`q5_answer` should be one of the letters A, B, C or D; got {q5_answer!r}.'

