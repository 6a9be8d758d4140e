from otter.test_files import test_case

OK_FORMAT = False

name = "q2"
points = 2

@test_case(points=None, hidden=False)
def test_bn_model_form(bn_model, n_non_trainable):
    import keras
    import numpy as np
    assert bn_model is not None, '`bn_model` is not defined: run the cell where you build it.'
    assert bn_model is not ..., '`bn_model` is still `...`: build the model.'
    assert isinstance(bn_model, keras.Model), f'`bn_model` should be a Keras model, got {type(bn_model).__name__}.'
    kinds = [type(layer).__name__ for layer in bn_model.layers]
    assert kinds.count('BatchNormalization') == 3, f'`bn_model` should have 3 BatchNormalization layers, one per block; its layers are {kinds}.'
    try:
        out = bn_model(np.zeros((2, 28, 28), dtype='float32'))
    except Exception as err:
        raise AssertionError(f'`bn_model` cannot take a batch of 28×28 images: {type(err).__name__} ({err}).') from None
    assert tuple(out.shape) == (2, 10), f'`bn_model` should output 10 probabilities per image; got shape {tuple(out.shape)}.'
    assert n_non_trainable is not None, '`n_non_trainable` is not defined: run the cell where you set it.'
    assert n_non_trainable is not ..., '`n_non_trainable` is still `...`: replace it with your answer.'
    assert isinstance(n_non_trainable, (int, np.integer)) and (not isinstance(n_non_trainable, bool)), f'`n_non_trainable` should be an integer, got {type(n_non_trainable).__name__}.'

