from otter.test_files import test_case

OK_FORMAT = False

name = "q1"
points = 2

@test_case(points=None, hidden=False)
def test_conv2d_single_form(conv2d_single):
    import numpy as np
    name = 'conv2d_single'
    assert conv2d_single is not None, f'`{name}` is not defined: run the cell where you define it.'
    assert conv2d_single is not ..., f'`{name}` is still `...`: define it as a function.'
    assert callable(conv2d_single), f'`{name}` should be a function, got {type(conv2d_single).__name__}.'
    gen = np.random.default_rng(1)
    image, kernel = (gen.random((8, 10)), gen.normal(size=(3, 2)))
    for stride, shape in [(1, (6, 9)), (2, (3, 5))]:
        try:
            Z = conv2d_single(image, kernel, stride)
        except Exception as err:
            raise AssertionError(f'`{name}` raised {type(err).__name__} ({err}) for an (8, 10) image, a (3, 2) kernel and stride {stride}.') from None
        assert Z is not None, f'`{name}` returns None: replace the `...` in its body with your code and a `return`.'
        Z = np.asarray(Z, dtype=float)
        assert Z.shape == shape, f'For an (8, 10) image, a (3, 2) kernel and stride {stride}, `{name}` should return shape {shape}, ((h - f_h) // stride + 1, (w - f_w) // stride + 1); got {Z.shape}.'
        assert np.isfinite(Z).all(), f'`{name}` returns NaN or inf for finite inputs.'

