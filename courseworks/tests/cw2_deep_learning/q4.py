from otter.test_files import test_case

OK_FORMAT = False

name = "q4"
points = 15

@test_case(points=None, hidden=False)
def test_train_step(tiny_losses, loop_losses, loop_test_accuracy):
    import math
    import numpy as np
    assert tiny_losses is not None, '`tiny_losses` is not defined: write `train_step`, then run the cell after it.'
    tiny = np.asarray(tiny_losses, dtype=float)
    assert tiny.shape == (10,), f'`tiny_losses` should hold 10 losses; got shape {tiny.shape}.'
    assert np.isfinite(tiny).all(), '`train_step` returned NaN or inf on the tiny problem.'
    assert abs(tiny[0] - math.log(3)) < 0.0001, f'the first loss on the tiny problem is {tiny[0]:.4f}; with zero weights it must be ln 3 = {math.log(3):.4f}. Return the loss computed on the batch before the update.'
    assert (np.diff(tiny) < 0).all(), f'on the tiny problem the loss should fall at every step; it went {np.round(tiny, 4).tolist()}. Check that the optimiser applies the gradients of the loss to `model.trainable_variables`.'
    assert loop_losses is not None, '`loop_losses` is not defined: run the training-loop cell and read its error, if any (a `train_step` decorated with @tf.function fails there).'
    losses = np.asarray(loop_losses, dtype=float)
    assert losses.shape == (60,), f'`loop_losses` should hold 60 losses (2 epochs of 30 batches); got {losses.shape}.'
    assert np.isfinite(losses).all(), 'the training loop produced NaN or inf losses.'
    assert losses[-10:].mean() < 0.8 * losses[:10].mean(), f'the loss hardly fell during the loop (from {losses[:10].mean():.3f} to {losses[-10:].mean():.3f} on average over 10 batches).'
    assert isinstance(loop_test_accuracy, (int, float)) and loop_test_accuracy >= 0.6, f'after the training loop the test accuracy is {loop_test_accuracy}; it should be at least 0.6.'

