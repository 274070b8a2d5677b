#include "Delivery.h"

Delivery::~Delivery() = default;
