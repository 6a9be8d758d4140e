from otter.test_files import test_case

OK_FORMAT = False

name = "q14"
points = 4

@test_case(points=None, hidden=False)
def test_answer_q14_form(answer_q14):
    assert answer_q14 is not None, '`answer_q14` is not defined: run the cell where you set it.'
    unreadable = type(answer_q14).__name__ == 'Unreadable'
    assert answer_q14 is not ... and (not (unreadable and 'ellipsis' in repr(answer_q14))), '`answer_q14` is still `...`: replace it with your answer.'
    assert isinstance(answer_q14, str), f'`answer_q14` should be a string such as "A"; got {answer_q14!r} of type {type(answer_q14).__name__}.'
    assert answer_q14.strip().upper() in {'A', 'B', 'C', 'D'}, f'`answer_q14` should be one of "A", "B", "C" or "D"; got {answer_q14!r}.'

