from otter.test_files import test_case

OK_FORMAT = False

name = "q8"
points = 1

@test_case(points=None, hidden=False)
def test_answer_q8_form(answer_q8):
    assert answer_q8 is not None, '`answer_q8` is not defined: run the cell where you set it.'
    assert answer_q8 is not ..., '`answer_q8` is still `...`: replace it with your answer.'
    assert isinstance(answer_q8, str), f'`answer_q8` should be a string such as "A"; got {answer_q8!r} of type {type(answer_q8).__name__}.'
    assert answer_q8.strip().upper() in {'A', 'B', 'C', 'D'}, f'`answer_q8` should be one of the letters "A", "B", "C" or "D"; got {answer_q8!r}.'

