// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QComboBox>

// Country or region of residence, by its name in the user's language, sorted in that language;
// the system locale's country is preselected; a language change renames and re-sorts them. The data is the
// ISO 3166 code ("RU").
class RegionComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit RegionComboBox(QWidget* parent = nullptr);

    QString region() const;
    void setRegion(const QString& region);

private:
    void fillRegions();
};
