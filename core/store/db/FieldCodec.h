#pragma once

#include "domain/ContactPoint.h"

#include <QDate>
#include <QStringList>

namespace Fieldbook::FieldCodec {

/// JSON text of typed contact points: [{"type":"work","value":"..."}].
QString encode(const ContactPoints& points);
ContactPoints decodeContactPoints(const QString& json);
/// JSON array of strings.
QString encode(const QStringList& tags);
QStringList decodeTags(const QString& json);
/// ISO date or empty.
QString encode(const QDate& date);
QDate decodeDate(const QString& text);

} // namespace Fieldbook::FieldCodec
