from otter.test_files import test_case

OK_FORMAT = False

name = "q1"
points = 2

@test_case(points=None, hidden=False)
def test_gradient_norms_form(layer_gradient_norms):
    import keras
    import numpy as np
    name = 'layer_gradient_norms'
    assert layer_gradient_norms is not None, f'`{name}` is not defined: run the cell where you define it.'
    assert layer_gradient_norms is not ..., f'`{name}` is still `...`: define it as a function.'
    assert callable(layer_gradient_norms), f'`{name}` should be a function, got {type(layer_gradient_norms).__name__}.'
    keras.utils.set_random_seed(1)
    net = keras.Sequential([keras.Input(shape=(6,)), keras.layers.Dense(5, activation='tanh'), keras.layers.Dense(4, activation='tanh'), keras.layers.Dense(3, activation='softmax')])
    X = np.random.default_rng(1).normal(size=(16, 6)).astype('float32')
    y = np.arange(16) % 3
    try:
        norms = layer_gradient_norms(net, X, y)
    except Exception as err:
        raise AssertionError(f'`{name}` raised {type(err).__name__} ({err}) on a small 3-layer network.') from None
    assert norms is not None, f'`{name}` returns None: add a `return`.'
    norms = np.asarray(norms, dtype=float)
    assert norms.shape == (3,), f'For a network with 3 Dense layers, `{name}` should return shape (3,), one norm per Dense layer; got {norms.shape}.'
    assert np.isfinite(norms).all(), f'`{name}` returned NaN or inf.'
    assert (norms >= 0).all(), f'`{name}` should return norms, which are >= 0.'

