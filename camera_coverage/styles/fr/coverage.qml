<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" labelsEnabled="0" symbologyReferenceScale="-1" readOnly="0" simplifyDrawingTol="1" simplifyAlgorithm="0" simplifyMaxScale="1" maxScale="0" minScale="100000000" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" simplifyDrawingHints="1" simplifyLocal="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal fixedDuration="0" startField="" mode="0" durationUnit="min" accumulate="0" durationField="" limitMode="0" endField="" enabled="0" startExpression="" endExpression="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 forceraster="0" symbollevels="0" referencescale="-1" type="RuleRenderer" enableorderby="0">
    <rules key="{d63e5ba2-b2d0-4bd6-aa2d-6966547b0543}">
      <rule label="Vue, masquage requis" key="{4660be3c-927f-4ac3-9d58-a6ca4433028b}" filter="&quot;masking_required&quot;" symbol="0"/>
      <rule label="Vue, non auditée (statut du terrain inconnu)" key="{a3e966d8-1484-4280-aa76-eef96dd81b47}" filter="&quot;masking_required&quot; IS NULL AND &quot;flag_reason&quot; IS NOT NULL" symbol="1"/>
      <rule label="Vue, sans masquage requis" key="{9cb8f371-4bf6-47ed-81d7-e125864f5659}" filter="ELSE" symbol="2"/>
    </rules>
    <symbols>
      <symbol force_rhr="0" name="0" clip_to_extent="1" alpha="0.25" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="197,27,27,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="197,27,27,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.4" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="197,27,27,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="197,27,27,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.4"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" name="1" clip_to_extent="1" alpha="0.15" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="154,154,154,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="154,154,154,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.3" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="154,154,154,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="154,154,154,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" name="2" clip_to_extent="1" alpha="0.2" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="31,95,168,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="31,95,168,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.3" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="31,95,168,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="31,95,168,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="covered_m2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="true" name="AllowNull" type="bool"/>
            <Option value="1" name="Precision" type="int"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="public_m2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="true" name="AllowNull" type="bool"/>
            <Option value="1" name="Precision" type="int"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="private_m2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="true" name="AllowNull" type="bool"/>
            <Option value="1" name="Precision" type="int"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="unknown_m2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="true" name="AllowNull" type="bool"/>
            <Option value="1" name="Precision" type="int"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="private_pct" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="true" name="AllowNull" type="bool"/>
            <Option value="1" name="Precision" type="int"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="private_ident_m2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="true" name="AllowNull" type="bool"/>
            <Option value="1" name="Precision" type="int"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="private_recog_m2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="true" name="AllowNull" type="bool"/>
            <Option value="1" name="Precision" type="int"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="private_observ_m2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="true" name="AllowNull" type="bool"/>
            <Option value="1" name="Precision" type="int"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="private_detect_m2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="true" name="AllowNull" type="bool"/>
            <Option value="1" name="Precision" type="int"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="private_operator_public_m2" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="true" name="AllowNull" type="bool"/>
            <Option value="1" name="Precision" type="int"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="dwelling_facade_m" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="true" name="AllowNull" type="bool"/>
            <Option value="1" name="Precision" type="int"/>
          </Option>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="covered_m2" index="0" name=""/>
    <alias field="public_m2" index="1" name=""/>
    <alias field="private_m2" index="2" name=""/>
    <alias field="unknown_m2" index="3" name=""/>
    <alias field="private_pct" index="4" name=""/>
    <alias field="private_ident_m2" index="5" name=""/>
    <alias field="private_recog_m2" index="6" name=""/>
    <alias field="private_observ_m2" index="7" name=""/>
    <alias field="private_detect_m2" index="8" name=""/>
    <alias field="private_operator_public_m2" index="9" name=""/>
    <alias field="dwelling_facade_m" index="10" name=""/>
  </aliases>
  <defaults>
    <default expression="" field="covered_m2" applyOnUpdate="0"/>
    <default expression="" field="public_m2" applyOnUpdate="0"/>
    <default expression="" field="private_m2" applyOnUpdate="0"/>
    <default expression="" field="unknown_m2" applyOnUpdate="0"/>
    <default expression="" field="private_pct" applyOnUpdate="0"/>
    <default expression="" field="private_ident_m2" applyOnUpdate="0"/>
    <default expression="" field="private_recog_m2" applyOnUpdate="0"/>
    <default expression="" field="private_observ_m2" applyOnUpdate="0"/>
    <default expression="" field="private_detect_m2" applyOnUpdate="0"/>
    <default expression="" field="private_operator_public_m2" applyOnUpdate="0"/>
    <default expression="" field="dwelling_facade_m" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="covered_m2" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="public_m2" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="private_m2" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="unknown_m2" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="private_pct" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="private_ident_m2" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="private_recog_m2" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="private_observ_m2" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="private_detect_m2" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="private_operator_public_m2" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="dwelling_facade_m" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="covered_m2" desc="" exp=""/>
    <constraint field="public_m2" desc="" exp=""/>
    <constraint field="private_m2" desc="" exp=""/>
    <constraint field="unknown_m2" desc="" exp=""/>
    <constraint field="private_pct" desc="" exp=""/>
    <constraint field="private_ident_m2" desc="" exp=""/>
    <constraint field="private_recog_m2" desc="" exp=""/>
    <constraint field="private_observ_m2" desc="" exp=""/>
    <constraint field="private_detect_m2" desc="" exp=""/>
    <constraint field="private_operator_public_m2" desc="" exp=""/>
    <constraint field="dwelling_facade_m" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortExpression="" sortOrder="0" actionWidgetStyle="dropDown">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
