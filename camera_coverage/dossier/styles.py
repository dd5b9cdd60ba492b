"""The shipped QML styles and how loaded layers get them now live in
camera_coverage/layers/presentation.py, shared by the algorithms and the
dossier; kept here under their old names."""

from ..layers.presentation import (  # noqa: F401 (re-exported)
    ORDER,
    STYLES,
    StyleOnLoad,
    apply_style,
    geopackage_layer,
    present_outputs,
    reorder,
    save_default_style,
    style_path,
)
