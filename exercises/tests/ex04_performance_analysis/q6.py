from otter.test_files import test_case

OK_FORMAT = False

name = "q6"
points = 2

@test_case(points=None, hidden=False)
def test_answer_dummy(answer_dummy):
    assert answer_dummy is not None, '`answer_dummy` is not defined: run the cell where you set it.'
    assert answer_dummy is not ..., '`answer_dummy` is still `...`: replace it with your answer.'
    assert isinstance(answer_dummy, str), f'`answer_dummy` should be a string such as "A"; got {type(answer_dummy).__name__}.'
    assert answer_dummy.strip().upper() in {'A', 'B', 'C', 'D'}, f'`answer_dummy` should be one of "A", "B", "C" or "D"; got {answer_dummy!r}.'

