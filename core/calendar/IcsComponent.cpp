#include "IcsComponent.h"

namespace Fieldbook {

namespace {

QByteArray blockName(const IcsContentLine& line) {
    return line.value.trimmed().toLatin1().toUpper();
}

/// Closes the innermost open block into its parent (or the top level).
void closeInnermost(QList<IcsComponent>& open, QList<IcsComponent>& top, bool closed) {
    IcsComponent done = open.takeLast();
    done.closed = closed;
    if (open.isEmpty())
        top.append(std::move(done));
    else
        open.back().children.append(std::move(done));
}

} // namespace

const IcsContentLine* IcsComponent::property(QByteArrayView propertyName) const {
    for (const IcsContentLine& p : properties) {
        if (p.name == propertyName)
            return &p;
    }
    return nullptr;
}

QList<const IcsContentLine*> IcsComponent::propertiesNamed(QByteArrayView propertyName) const {
    QList<const IcsContentLine*> found;
    for (const IcsContentLine& p : properties) {
        if (p.name == propertyName)
            found.append(&p);
    }
    return found;
}

QList<IcsComponent> IcsComponent::build(const QList<IcsContentLine>& lines) {
    QList<IcsComponent> top;
    QList<IcsComponent> open;
    for (const IcsContentLine& line : lines) {
        if (line.name == "BEGIN") {
            open.append(IcsComponent{blockName(line), line.line, true, {}, {}});
        } else if (line.name == "END") {
            const QByteArray name = blockName(line);
            qsizetype depth = open.size() - 1;
            while (depth >= 0 && open.at(depth).name != name)
                --depth;
            if (depth < 0)
                continue;
            while (open.size() > depth + 1)
                closeInnermost(open, top, false);
            closeInnermost(open, top, true);
        } else if (!open.isEmpty()) {
            open.back().properties.append(line);
        }
    }
    while (!open.isEmpty())
        closeInnermost(open, top, false);
    return top;
}

} // namespace Fieldbook
