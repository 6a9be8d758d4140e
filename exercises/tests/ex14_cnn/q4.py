from otter.test_files import test_case

OK_FORMAT = False

name = "q4"
points = 2

@test_case(points=None, hidden=False)
def test_model_form(model):
    import keras
    assert model is not None, '`model` is not defined: run the cell where you build it.'
    assert model is not ..., '`model` is still `...`: build it with keras.Sequential or the Functional API.'
    assert isinstance(model, keras.Model), f'`model` should be a Keras model, got {type(model).__name__}.'
    assert tuple(model.input_shape) == (None, 28, 28, 1), f'`model` should take inputs of shape (None, 28, 28, 1): start with keras.Input(shape=(28, 28, 1)); got {model.input_shape}.'
    assert tuple(model.output_shape) == (None, 10), f'`model` should output shape (None, 10), one probability per class; got {model.output_shape}.'
    kinds = [type(layer).__name__ for layer in model.layers if type(layer).__name__ != 'InputLayer']
    expected = ['Conv2D', 'MaxPooling2D', 'Conv2D', 'MaxPooling2D', 'Flatten', 'Dense']
    assert kinds == expected, f'`model` should have the layers {expected} in this order; got {kinds}.'

