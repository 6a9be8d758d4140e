from otter.test_files import test_case

OK_FORMAT = False

name = "q5"
points = 2

@test_case(points=None, hidden=False)
def test_analytic_form(n_params, total_loss, epochs_run, best_epoch):
    import numbers
    import numpy as np
    values = [('n_params', n_params), ('total_loss', total_loss), ('epochs_run', epochs_run), ('best_epoch', best_epoch)]
    for name, value in values:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        assert isinstance(value, (numbers.Real, np.ndarray)) and (not isinstance(value, (bool, np.bool_))), f'`{name}` should be a number, got {type(value).__name__}.'
        assert np.size(value) == 1, f'`{name}` should be a single number, got shape {np.shape(value)}.'
        assert np.isfinite(float(np.asarray(value).item())), f'`{name}` is NaN or inf.'
    for name, value in [('n_params', n_params), ('epochs_run', epochs_run), ('best_epoch', best_epoch)]:
        number = float(np.asarray(value).item())
        assert number > 0 and number == int(number), f'`{name}` should be a positive integer, got {number}.'
    assert int(best_epoch) <= int(epochs_run), f'`best_epoch` ({int(best_epoch)}) cannot come after the last epoch trained (`epochs_run` = {int(epochs_run)}).'

