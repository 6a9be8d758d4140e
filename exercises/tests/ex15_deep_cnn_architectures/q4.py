from otter.test_files import test_case

OK_FORMAT = False

name = "q4"
points = 2

@test_case(points=None, hidden=False)
def test_iou_form(iou):
    import numbers
    import numpy as np
    assert iou is not None, '`iou` is not defined: run the cell where you define it.'
    assert iou is not ..., '`iou` is still `...`: define it as a function.'
    assert callable(iou), f'`iou` should be a function, got {type(iou).__name__}.'
    gen = np.random.default_rng(4)
    a, b = (gen.random((6, 6)) > 0.5, gen.random((6, 6)) > 0.5)
    try:
        value = iou(a, b)
    except Exception as err:
        raise AssertionError(f'`iou` raised {type(err).__name__} ({err}) for two boolean 6x6 masks.') from None
    assert value is not None, '`iou` returns None: replace the `...` in its body with your code and a `return`.'
    assert isinstance(value, (numbers.Real, np.floating, np.ndarray)) and np.size(value) == 1, f'`iou` should return a single float, got {type(value).__name__}.'
    value = float(np.asarray(value).item())
    assert np.isfinite(value) and 0 <= value <= 1, f'`iou` should return a number between 0 and 1; got {value}.'

