#pragma once

#include <QStringList>
#include <QTranslator>

namespace Fieldbook::Test {

/// While it lives, "translates" every message of `contexts` into «source», so that a test sees
/// which texts reach the user through the translations (the real .qm files may lag behind).
class MarkingTranslator final : public QTranslator {
public:
    explicit MarkingTranslator(QStringList contexts);
    ~MarkingTranslator() override;

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    static QString marked(const QString& text);

private:
    QStringList m_contexts;
};

} // namespace Fieldbook::Test
