from otter.test_files import test_case

OK_FORMAT = False

name = "q6"
points = 15

@test_case(points=None, hidden=False)
def test_footwear(y_train_footwear, y_test_footwear, footwear_summary, footwear_test_accuracy):
    import numpy as np
    for name, labels, size in [('y_train_footwear', y_train_footwear, 3000), ('y_test_footwear', y_test_footwear, 1000)]:
        assert labels is not None, f'`{name}` is not defined: run the cell where you set it.'
        labels = np.asarray(labels)
        assert labels.shape == (size,), f'`{name}` should have shape ({size},), one label per image; got {labels.shape}.'
        assert set(np.unique(labels).tolist()) <= {0, 1}, f'`{name}` should hold only 0 and 1; it holds {np.unique(labels)[:10].tolist()}.'
    assert footwear_summary is not None, '`footwear_summary` is not defined: build and train `footwear_model`, then run the cell after it.'
    assert isinstance(footwear_summary, dict) and 'layers' in footwear_summary, f'`footwear_summary` should be the dict that `describe(footwear_model)` returns; got {footwear_summary!r:.80}.'
    assert footwear_summary['output_shape'] == [None, 1], f"the output should have shape (batch, 1), one probability per image; it has {tuple(footwear_summary['output_shape'])}."
    assert footwear_summary['non_trainable_params'] > 0, '`footwear_model` has no frozen parameters: set `conv_base.trainable = False` before compiling.'
    assert footwear_summary['trainable_params'] == 5 * 5 * 32 + 1, f"only the new Dense layer should be trainable ({5 * 5 * 32 + 1} parameters); {footwear_summary['trainable_params']} parameters are trainable."
    assert isinstance(footwear_test_accuracy, (int, float)) and footwear_test_accuracy >= 0.9, f"the footwear detector's test accuracy is {footwear_test_accuracy}; it should reach at least 0.90."

