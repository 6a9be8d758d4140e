from otter.test_files import test_case

OK_FORMAT = False

name = "q1"
points = 2

@test_case(points=None, hidden=False)
def test_classifier_form(build_classifier):
    import keras
    assert build_classifier is not None, '`build_classifier` is not defined: run the cell where you define it.'
    assert build_classifier is not ..., '`build_classifier` is still `...`: define it as a function.'
    assert callable(build_classifier), f'`build_classifier` should be a function, got {type(build_classifier).__name__}.'
    try:
        model = build_classifier(16)
    except Exception as err:
        raise AssertionError(f'`build_classifier(16)` raised {type(err).__name__}: {err}') from None
    assert model is not None, '`build_classifier` returns None: add a `return` with the model.'
    assert isinstance(model, keras.Model), f'`build_classifier` should return a Keras model, got {type(model).__name__}.'
    assert isinstance(model, keras.Sequential), f'`build_classifier` should return a `keras.Sequential` model, got {type(model).__name__}.'
    try:
        input_shape = tuple(model.input_shape)
    except Exception:
        raise AssertionError('the model has no input shape: start the list with `keras.Input(shape=(28, 28))`.') from None
    assert input_shape == (None, 28, 28), f"the model's input shape should be (None, 28, 28), got {input_shape}."
    assert tuple(model.output_shape) == (None, 10), f"the model's output shape should be (None, 10), one probability per class; got {tuple(model.output_shape)}."

