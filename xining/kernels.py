"""Warm kernels for the report runner: each worker process keeps one started kernel with xining and its imports
loaded, and executes notebook after notebook on it, resetting the kernel's state in between.

A kernel start and the imports cost about 1.5 s; a report's own work is tens of milliseconds. The reset
clears the user namespace (`%reset`), closes figures, restores matplotlib's settings, the warnings filters
and registries and the working directory, so a report is byte-identical to one run on a fresh kernel
(`tests/test_kernels.py` compares them). `XINING_KERNELS=cold` turns the pool off: one kernel per notebook.
"""
from __future__ import annotations

import atexit
import os
import sys
from typing import Any

MODE_VARIABLE = "XINING_KERNELS"
# What a report notebook imports: loaded once per kernel, not once per notebook.
PRELOAD = ("pandas", "matplotlib.pyplot", "IPython.display", "xining", "xining.report", "xining.plots", "xining.html",
           "xining.narrative", "xining.corpus.report")
HISTORY = "--HistoryManager.hist_file=:memory:"  # what nbclient gives a kernel it starts: no sqlite file shared by kernels
START_TIMEOUT = 60

_pool: dict[tuple[str, str], WarmKernel] = {}  # (kernel name, working directory) -> this process's warm kernel


def enabled() -> bool:
    return os.environ.get(MODE_VARIABLE, "warm").strip().lower() != "cold"


def execute_notebook(input_path: str, output_path: str, *, kernel_name: str, **kwargs: Any):
    """`papermill.execute_notebook`, on this process's warm kernel for `kernel_name` (or a fresh one when the pool is off)."""
    import papermill

    if not enabled():
        return papermill.execute_notebook(input_path, output_path, kernel_name=kernel_name, **kwargs)
    kernel = warm_kernel(kernel_name, str(kwargs.get("cwd") or os.getcwd()))
    kernel.reset()
    return papermill.execute_notebook(input_path, output_path, kernel_name=kernel_name, km=kernel.km, **kwargs)


def warm_kernel(kernel_name: str, cwd: str) -> WarmKernel:
    """This process's kernel for a kernel name and working directory, started on first use and again if a notebook killed it."""
    kernel = _pool.get((kernel_name, cwd))
    if kernel is None or not kernel.alive():
        if kernel is not None:
            kernel.shutdown()
        kernel = _pool[(kernel_name, cwd)] = WarmKernel(kernel_name, cwd)
    return kernel


def shutdown_all() -> None:
    for kernel in list(_pool.values()):
        kernel.shutdown()
    _pool.clear()


class WarmKernel:
    """A started kernel with PRELOAD imported, and a blocking client of our own to reset it."""

    def __init__(self, kernel_name: str, cwd: str | None = None):
        from jupyter_client.asynchronous import AsyncKernelClient
        from jupyter_client.manager import AsyncKernelManager
        from jupyter_core.utils import run_sync

        class _ReadyClient(AsyncKernelClient):
            """One client for every notebook: ready once, not 0.2 s of waiting for IOPub per notebook."""

            ready = False

            def start_channels(self, *args, **kw) -> None:
                if not self.channels_running:
                    super().start_channels(*args, **kw)

            async def wait_for_ready(self, timeout: float | None = None) -> None:
                if not self.ready:
                    await self._async_wait_for_ready(timeout)
                    self.ready = True

        class _OneClientManager(AsyncKernelManager):
            """nbclient asks for a client per notebook; the warm kernel gives the same one (nbclient ignores others' messages)."""

            shared = None

            def client(self, **kw):
                if self.shared is None:
                    self.shared = super().client(**kw)
                return self.shared

        self._run = run_sync
        self.cwd = cwd or os.getcwd()
        self.km = _OneClientManager(kernel_name=kernel_name, client_factory=_ReadyClient)
        run_sync(self.km.start_kernel)(cwd=self.cwd, extra_arguments=[HISTORY])
        self.kc = self.km.blocking_client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=START_TIMEOUT)
        self._run_code(f"__import__('xining.kernels', fromlist=['_']).prepare_here({list(PRELOAD)!r}, {self.cwd!r})")
        _register_exit()

    def _run_code(self, code: str) -> None:
        reply = self.kc.execute_interactive(code, silent=True, store_history=False, timeout=START_TIMEOUT, output_hook=_ignore)
        if reply["content"].get("status") != "ok":
            raise RuntimeError(f"warm kernel: {reply['content'].get('ename')}: {reply['content'].get('evalue')}")

    def reset(self) -> None:
        self._run_code("__import__('xining.kernels', fromlist=['_']).reset_here()")  # binds no name in the kernel

    def alive(self) -> bool:
        try:
            return bool(self._run(self.km.is_alive)())
        except Exception:  # a manager in a bad state is as good as dead: start another
            return False

    def shutdown(self) -> None:
        try:
            if self.km.shared is not None:
                self.km.shared.stop_channels()
            self.kc.stop_channels()
            self._run(self.km.shutdown_kernel)(now=True)
        except Exception:  # already gone
            pass


def _ignore(msg) -> None:
    """Output of the preload and reset code is not a report's."""


_registered = False


def _register_exit() -> None:
    """Shut kernels down when the process ends: at interpreter exit, and at a pool worker's exit."""
    global _registered
    if _registered:
        return
    _registered = True
    atexit.register(shutdown_all)
    from multiprocessing import util

    util.Finalize(None, shutdown_all, exitpriority=100)


# --- run inside the kernel ----------------------------------------------------------------------
_initial: dict[str, Any] = {}


def prepare_here(modules: list[str], cwd: str) -> None:
    """In the kernel: import what reports use and remember the state a fresh kernel has after them."""
    import importlib
    import warnings

    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:  # a module renamed since: notebooks import what they need, only slower
            continue
    import matplotlib

    from . import plots

    plots.cjk_font()
    _initial.update(cwd=cwd, rc=dict(matplotlib.rcParams), filters=list(warnings.filters), path=list(sys.path))


def reset_here() -> None:
    """In the kernel: back to the state `prepare_here` left, as a fresh kernel would be."""
    import warnings

    import matplotlib
    import matplotlib.pyplot as plt
    from IPython import get_ipython

    plt.close("all")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        matplotlib.rcParams.update({k: v for k, v in _initial["rc"].items() if k != "backend"})
    warnings.filters[:] = _initial["filters"]
    warnings._filters_mutated()  # noqa: SLF001 - the only way to make `once` warnings show again
    for module in list(sys.modules.values()):
        registry = getattr(module, "__warningregistry__", None)
        if isinstance(registry, dict):
            registry.clear()
    sys.path[:] = _initial["path"]
    os.chdir(_initial["cwd"])
    shell = get_ipython()
    shell.reset(new_session=False)
    shell.execution_count = 1
