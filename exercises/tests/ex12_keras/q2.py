from otter.test_files import test_case

OK_FORMAT = False

name = "q2"
points = 2

@test_case(points=None, hidden=False)
def test_training_form(model, history, test_accuracy):
    import numbers
    import keras
    import numpy as np
    for name, value in [('model', model), ('history', history), ('test_accuracy', test_accuracy)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
    assert isinstance(model, keras.Model), f'`model` should be a Keras model, got {type(model).__name__}.'
    assert getattr(model, 'compiled', False), '`model` is not compiled: call `model.compile(...)` before `fit`.'
    assert isinstance(history, keras.callbacks.History), f'`history` should be what `model.fit(...)` returns, a History object; got {type(history).__name__}.'
    assert 'val_accuracy' in history.history, '`history` has no `val_accuracy`: compile with metrics=["accuracy"] and pass validation_data to `fit`.'
    n_epochs = len(history.history['loss'])
    assert n_epochs == 5, f'train for 5 epochs; `history` holds {n_epochs}.'
    assert isinstance(test_accuracy, (numbers.Real, np.ndarray)) and np.size(test_accuracy) == 1, f'`test_accuracy` should be a single number, got {type(test_accuracy).__name__}.'
    value = float(np.asarray(test_accuracy).item())
    assert np.isfinite(value), '`test_accuracy` is NaN or inf.'
    assert 0 <= value <= 1, f'`test_accuracy` should be a fraction between 0 and 1, got {value}.'

