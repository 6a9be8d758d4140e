from otter.test_files import test_case

OK_FORMAT = False

name = "q5"
points = 2

@test_case(points=None, hidden=False)
def test_analytic_form(n_traces, per_replica_batch, steps_per_epoch):
    import numbers
    import numpy as np
    for name, value in [('n_traces', n_traces), ('per_replica_batch', per_replica_batch), ('steps_per_epoch', steps_per_epoch)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        assert isinstance(value, (numbers.Real, np.ndarray)) and (not isinstance(value, (bool, np.bool_))), f'`{name}` should be a number, got {type(value).__name__}.'
        assert np.size(value) == 1, f'`{name}` should be a single number, got shape {np.shape(value)}.'
        number = float(np.asarray(value).item())
        assert np.isfinite(number) and number > 0 and (number == int(number)), f'`{name}` counts something, so it should be a positive integer; got {number}.'

