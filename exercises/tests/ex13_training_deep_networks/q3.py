from otter.test_files import test_case

OK_FORMAT = False

name = "q3"
points = 2

@test_case(points=None, hidden=False)
def test_mc_dropout_form(mc_dropout_predict):
    import keras
    import numpy as np
    name = 'mc_dropout_predict'
    assert mc_dropout_predict is not None, f'`{name}` is not defined: run the cell where you define it.'
    assert mc_dropout_predict is not ..., f'`{name}` is still `...`: define it as a function.'
    assert callable(mc_dropout_predict), f'`{name}` should be a function, got {type(mc_dropout_predict).__name__}.'
    keras.utils.set_random_seed(3)
    net = keras.Sequential([keras.Input(shape=(5,)), keras.layers.Dense(8, activation='relu'), keras.layers.Dropout(0.5), keras.layers.Dense(3, activation='softmax')])
    X = np.random.default_rng(3).normal(size=(7, 5)).astype('float32')
    try:
        probs = mc_dropout_predict(net, X, 10)
    except Exception as err:
        raise AssertionError(f'`{name}` raised {type(err).__name__} ({err}) for 7 instances and 3 classes.') from None
    assert probs is not None, f'`{name}` returns None: add a `return`.'
    probs = np.asarray(probs, dtype=float)
    assert probs.shape == (7, 3), f'For 7 instances and 3 classes, `{name}` should return shape (7, 3), the mean over the samples; got {probs.shape}.'
    assert np.isfinite(probs).all(), f'`{name}` returned NaN or inf.'
    assert np.allclose(probs.sum(axis=1), 1, atol=0.0001), f'each row returned by `{name}` should sum to 1 (probabilities).'

