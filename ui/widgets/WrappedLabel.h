// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>

// A word-wrapped label that keeps all its lines on a wizard page. A box layout asks a wrapped label
// for its height at no less than the label's minimum width, which a plain QLabel makes as wide as
// its longest word: one long word (a path, a URL, the pseudo-locale's padding) and the layout
// measures a single line, cutting the rest. This one's minimum width stops at 40 characters.
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
};
