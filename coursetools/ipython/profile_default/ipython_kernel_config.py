# Kernel settings for executing and testing the book's notebooks (IPYTHONDIR points here,
# see coursetools.kernel_env). TensorFlow's C++ runtime writes start-up lines (absl, CUDA stubs)
# straight to the process's stderr; without this they would land in the output of the cell
# that imports TensorFlow. Python-level output (print, warnings, tracebacks) is unaffected.
c = get_config()  # noqa: F821
c.IPKernelApp.capture_fd_output = False
