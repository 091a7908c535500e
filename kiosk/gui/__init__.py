"""What the Qt applications of the product (the guest shell, the desk) share."""
