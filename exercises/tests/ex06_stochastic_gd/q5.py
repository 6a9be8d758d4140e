from otter.test_files import test_case

OK_FORMAT = False

name = "q5"
points = 2

@test_case(points=None, hidden=False)
def test_answer_q5_form(answer_q5):
    assert answer_q5 is not None, '`answer_q5` is not defined: run the cell where you set it.'
    assert answer_q5 is not ..., '`answer_q5` is still `...`: replace it with your answer.'
    assert isinstance(answer_q5, str), f'`answer_q5` should be a string such as "A"; got {answer_q5!r} of type {type(answer_q5).__name__}.'
    assert answer_q5.strip().upper() in {'A', 'B', 'C', 'D'}, f'`answer_q5` should be one of the letters "A", "B", "C" or "D"; got {answer_q5!r}.'

