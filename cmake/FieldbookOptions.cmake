# One INTERFACE target carries the language level, warnings and Qt hygiene flags; every target links it.
add_library(fieldbook_options INTERFACE)
target_compile_features(fieldbook_options INTERFACE cxx_std_23)
target_compile_options(fieldbook_options INTERFACE -Wall -Wextra -Wpedantic $<$<BOOL:${FIELDBOOK_WERROR}>:-Werror>)
target_compile_definitions(fieldbook_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    FIELDBOOK_VERSION="${PROJECT_VERSION}")
