#include "Industry.h"

#include "common/Picklist.h"

#include <QCoreApplication>

namespace Fieldbook {

namespace {

const Picklist& picklist() {
    static const Picklist list(
        "Industry", {
                        {"Software", QT_TRANSLATE_NOOP("Industry", "Software")},
                        {"IT Services", QT_TRANSLATE_NOOP("Industry", "IT Services")},
                        {"Telecommunications", QT_TRANSLATE_NOOP("Industry", "Telecommunications")},
                        {"Electronics", QT_TRANSLATE_NOOP("Industry", "Electronics")},
                        {"Industrial Machinery", QT_TRANSLATE_NOOP("Industry", "Industrial Machinery")},
                        {"Automotive", QT_TRANSLATE_NOOP("Industry", "Automotive")},
                        {"Aerospace", QT_TRANSLATE_NOOP("Industry", "Aerospace")},
                        {"Chemicals", QT_TRANSLATE_NOOP("Industry", "Chemicals")},
                        {"Pharmaceuticals", QT_TRANSLATE_NOOP("Industry", "Pharmaceuticals")},
                        {"Medical Devices", QT_TRANSLATE_NOOP("Industry", "Medical Devices")},
                        {"Healthcare", QT_TRANSLATE_NOOP("Industry", "Healthcare")},
                        {"Biotechnology", QT_TRANSLATE_NOOP("Industry", "Biotechnology")},
                        {"Banking", QT_TRANSLATE_NOOP("Industry", "Banking")},
                        {"Insurance", QT_TRANSLATE_NOOP("Industry", "Insurance")},
                        {"Financial Services", QT_TRANSLATE_NOOP("Industry", "Financial Services")},
                        {"Real Estate", QT_TRANSLATE_NOOP("Industry", "Real Estate")},
                        {"Construction", QT_TRANSLATE_NOOP("Industry", "Construction")},
                        {"Engineering", QT_TRANSLATE_NOOP("Industry", "Engineering")},
                        {"Energy", QT_TRANSLATE_NOOP("Industry", "Energy")},
                        {"Utilities", QT_TRANSLATE_NOOP("Industry", "Utilities")},
                        {"Oil & Gas", QT_TRANSLATE_NOOP("Industry", "Oil & Gas")},
                        {"Mining", QT_TRANSLATE_NOOP("Industry", "Mining")},
                        {"Agriculture", QT_TRANSLATE_NOOP("Industry", "Agriculture")},
                        {"Food & Beverage", QT_TRANSLATE_NOOP("Industry", "Food & Beverage")},
                        {"Retail", QT_TRANSLATE_NOOP("Industry", "Retail")},
                        {"Wholesale Trade", QT_TRANSLATE_NOOP("Industry", "Wholesale Trade")},
                        {"Consumer Goods", QT_TRANSLATE_NOOP("Industry", "Consumer Goods")},
                        {"Textiles & Apparel", QT_TRANSLATE_NOOP("Industry", "Textiles & Apparel")},
                        {"Transportation & Logistics", QT_TRANSLATE_NOOP("Industry", "Transportation & Logistics")},
                        {"Hospitality", QT_TRANSLATE_NOOP("Industry", "Hospitality")},
                        {"Media & Entertainment", QT_TRANSLATE_NOOP("Industry", "Media & Entertainment")},
                        {"Education", QT_TRANSLATE_NOOP("Industry", "Education")},
                        {"Professional Services", QT_TRANSLATE_NOOP("Industry", "Professional Services")},
                        {"Legal Services", QT_TRANSLATE_NOOP("Industry", "Legal Services")},
                        {"Environmental Services", QT_TRANSLATE_NOOP("Industry", "Environmental Services")},
                        {"Packaging", QT_TRANSLATE_NOOP("Industry", "Packaging")},
                        {"Furniture", QT_TRANSLATE_NOOP("Industry", "Furniture")},
                        {"Printing & Publishing", QT_TRANSLATE_NOOP("Industry", "Printing & Publishing")},
                        {"Manufacturing", QT_TRANSLATE_NOOP("Industry", "Manufacturing")},
                        {"Non-Profit", QT_TRANSLATE_NOOP("Industry", "Non-Profit")},
                    });
    return list;
}

} // namespace

QStringList industries() {
    return picklist().keys();
}

QString industryName(const QString& industry) {
    return picklist().name(industry);
}

QString industryKey(const QString& shown) {
    return picklist().key(shown);
}

} // namespace Fieldbook
