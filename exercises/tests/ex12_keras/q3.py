from otter.test_files import test_case

OK_FORMAT = False

name = "q3"
points = 2

@test_case(points=None, hidden=False)
def test_wide_deep_form(build_wide_deep):
    import keras
    import numpy as np
    assert build_wide_deep is not None, '`build_wide_deep` is not defined: run the cell where you define it.'
    assert build_wide_deep is not ..., '`build_wide_deep` is still `...`: define it as a function.'
    assert callable(build_wide_deep), f'`build_wide_deep` should be a function, got {type(build_wide_deep).__name__}.'
    try:
        model = build_wide_deep(8, 6)
    except Exception as err:
        raise AssertionError(f'`build_wide_deep(8, 6)` raised {type(err).__name__}: {err}') from None
    assert model is not None, '`build_wide_deep` returns None: add a `return` with the model.'
    assert isinstance(model, keras.Model), f'`build_wide_deep` should return a Keras model, got {type(model).__name__}.'
    assert not isinstance(model, keras.Sequential), 'a Sequential model cannot have two inputs: build a `keras.Model(inputs=..., outputs=...)`.'
    names = [t.name for t in model.inputs]
    assert names == ['wide', 'deep'], f"the model's inputs should be named ['wide', 'deep'], in that order; got {names}."
    shapes = [tuple(t.shape) for t in model.inputs]
    assert shapes == [(None, 8), (None, 6)], f'for build_wide_deep(8, 6) the input shapes should be [(None, 8), (None, 6)]; got {shapes}.'
    assert len(model.outputs) == 2, f'the model should have two outputs, main and aux; it has {len(model.outputs)}.'
    assert list(model.output_names) == ['main', 'aux'], f"the outputs should be the layers named 'main' and 'aux', in that order; got {list(model.output_names)}."
    out = model({'wide': np.zeros((3, 8), 'float32'), 'deep': np.zeros((3, 6), 'float32')})
    assert [tuple(o.shape) for o in out] == [(3, 1), (3, 1)], f'each output should have one value per instance, shape (batch, 1); got {[tuple(o.shape) for o in out]}.'

