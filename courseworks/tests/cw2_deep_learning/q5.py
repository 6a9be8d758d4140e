from otter.test_files import test_case

OK_FORMAT = False

name = "q5"
points = 15

@test_case(points=None, hidden=False)
def test_cnn(cnn_summary, cnn_test_accuracy):
    assert cnn_summary is not None, '`cnn_summary` is not defined: build and train `cnn`, then run the cell after it.'
    assert isinstance(cnn_summary, dict) and 'layers' in cnn_summary, f'`cnn_summary` should be the dict that `describe(cnn)` returns; got {cnn_summary!r:.80}.'
    expected = ['Conv2D', 'MaxPooling2D', 'Conv2D', 'MaxPooling2D', 'Flatten', 'Dense']
    assert cnn_summary['layers'] == expected, f"`cnn` should have the layers {expected} (the input is not a layer); it has {cnn_summary['layers']}."
    assert cnn_summary['output_shape'] == [None, 10], f"the output should have shape (batch, 10); it has {tuple(cnn_summary['output_shape'])}."
    assert cnn_test_accuracy is not None, '`cnn_test_accuracy` is not defined: run the cell after training.'
    assert isinstance(cnn_test_accuracy, (int, float)), f'`cnn_test_accuracy` should be a number; got {type(cnn_test_accuracy).__name__}.'
    assert cnn_test_accuracy >= 0.7, f"the CNN's test accuracy is {cnn_test_accuracy:.3f}; it should reach at least 0.70 after 2 epochs. Check the compile settings and that you trained on `X_train_cnn`."

