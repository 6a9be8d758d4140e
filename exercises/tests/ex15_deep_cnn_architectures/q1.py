from otter.test_files import test_case

OK_FORMAT = False

name = "q1"
points = 2

@test_case(points=None, hidden=False)
def test_conv_cost_form(conv_cost):
    import numbers
    assert conv_cost is not None, '`conv_cost` is not defined: run the cell where you define it.'
    assert conv_cost is not ..., '`conv_cost` is still `...`: define it as a function.'
    assert callable(conv_cost), f'`conv_cost` should be a function, got {type(conv_cost).__name__}.'
    try:
        result = conv_cost(14, 14, 3, 16, 32)
    except Exception as err:
        raise AssertionError(f'`conv_cost(14, 14, 3, 16, 32)` raised {type(err).__name__}: {err}') from None
    assert result is not None, '`conv_cost` returns None: replace the `...` in its body with your code and a `return`.'
    assert isinstance(result, (tuple, list)) and len(result) == 2, f'`conv_cost` should return a tuple (params, flops); got {type(result).__name__} {result!r:.60}.'
    for name, value in zip(['params', 'flops'], result):
        assert isinstance(value, numbers.Real) and (not isinstance(value, bool)), f'{name} should be a number, got {type(value).__name__}.'
        assert value > 0 and float(value) == int(value), f'{name} should be a positive integer count; got {value}.'

