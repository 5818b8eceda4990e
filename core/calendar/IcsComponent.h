#pragma once

#include "calendar/IcsContentLine.h"

#include <QList>

namespace Fieldbook {

/// A BEGIN:NAME ... END:NAME block with its properties and the blocks inside it.
struct IcsComponent {
    QByteArray name; ///< upper case: VCALENDAR, VEVENT, VALARM...
    int line = 0;    ///< the line of its BEGIN
    bool closed = true;
    QList<IcsContentLine> properties;
    QList<IcsComponent> children;

    /// The first property of that name, or nullptr.
    const IcsContentLine* property(QByteArrayView propertyName) const;
    QList<const IcsContentLine*> propertiesNamed(QByteArrayView propertyName) const;

    /// The top-level components of the lines. An END without its BEGIN is ignored; an END that closes
    /// an outer block closes the inner ones too, and a block still open at the end of the lines is
    /// kept with `closed` false (a truncated file).
    static QList<IcsComponent> build(const QList<IcsContentLine>& lines);
};

} // namespace Fieldbook
