x = in
