from otter.test_files import test_case

OK_FORMAT = False

name = "q4"
points = 2

@test_case(points=None, hidden=False)
def test_saving_form(model_path, restored, max_difference):
    import numbers
    from pathlib import Path
    import keras
    import numpy as np
    for name, value in [('model_path', model_path), ('restored', restored), ('max_difference', max_difference)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
    path = Path(model_path)
    assert path.name.endswith('.keras'), f'save the whole model in the Keras format: the file name should end in .keras, got {path.name!r}.'
    assert path.exists(), f'{path.name} does not exist: call `model.save(model_path)`.'
    assert isinstance(restored, keras.Model), f'`restored` should be the Keras model returned by `keras.models.load_model`, got {type(restored).__name__}.'
    assert isinstance(max_difference, (numbers.Real, np.ndarray)) and np.size(max_difference) == 1, f'`max_difference` should be a single number, got {type(max_difference).__name__}.'
    value = float(np.asarray(max_difference).item())
    assert np.isfinite(value), '`max_difference` is NaN or inf.'
    assert value >= 0, f'`max_difference` is a largest absolute difference, so it cannot be negative; got {value}.'

