// SPDX-License-Identifier: Apache-2.0
#include "Delivery.h"

Delivery::~Delivery() = default;
