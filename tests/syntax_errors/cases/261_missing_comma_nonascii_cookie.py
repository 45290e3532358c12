# coding: utf-8
t = ('ä', 'ö' 'ü' x)
