from otter.test_files import test_case

OK_FORMAT = False

name = "q2"
points = 1

@test_case(points=None, hidden=False)
def test_max_pool2d_form(max_pool2d):
    import numpy as np
    name = 'max_pool2d'
    assert max_pool2d is not None, f'`{name}` is not defined: run the cell where you define it.'
    assert max_pool2d is not ..., f'`{name}` is still `...`: define it as a function.'
    assert callable(max_pool2d), f'`{name}` should be a function, got {type(max_pool2d).__name__}.'
    fmap = np.random.default_rng(2).normal(size=(8, 6))
    for size, shape in [(2, (4, 3)), (3, (2, 2))]:
        try:
            P = max_pool2d(fmap, size)
        except Exception as err:
            raise AssertionError(f'`{name}` raised {type(err).__name__} ({err}) for an (8, 6) map and size {size}: crop the leftover rows and columns before reshaping.') from None
        assert P is not None, f'`{name}` returns None: replace the `...` in its body with your code and a `return`.'
        P = np.asarray(P, dtype=float)
        assert P.shape == shape, f'For an (8, 6) map and size {size}, `{name}` should return shape {shape}, (h // size, w // size); got {P.shape}.'
        assert np.isfinite(P).all(), f'`{name}` returns NaN or inf for finite inputs.'

